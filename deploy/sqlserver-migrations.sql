IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE TABLE [Categories] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(80) NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Categories] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE TABLE [Districts] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(80) NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Districts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE TABLE [Listings] (
        [Id] int NOT NULL IDENTITY,
        [ExternalId] nvarchar(100) NULL,
        [Name] nvarchar(120) NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [DistrictId] int NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [Phone] nvarchar(50) NULL,
        [Email] nvarchar(254) NULL,
        [Website] nvarchar(500) NULL,
        [OpeningHours] nvarchar(1000) NULL,
        [Keywords] nvarchar(max) NOT NULL,
        [Features] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [City] nvarchar(80) NOT NULL,
        [PostalCode] nvarchar(5) NOT NULL,
        [Street] nvarchar(120) NOT NULL,
        CONSTRAINT [PK_Listings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Listings_Districts_DistrictId] FOREIGN KEY ([DistrictId]) REFERENCES [Districts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE TABLE [ListingCategory] (
        [ListingId] int NOT NULL,
        [CategoryId] int NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_ListingCategory] PRIMARY KEY ([ListingId], [CategoryId]),
        CONSTRAINT [FK_ListingCategory_Categories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [Categories] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ListingCategory_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE TABLE [SlugRedirects] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(100) NOT NULL,
        [ListingId] int NOT NULL,
        CONSTRAINT [PK_SlugRedirects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SlugRedirects_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Categories_Name] ON [Categories] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Categories_Slug] ON [Categories] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Districts_Name] ON [Districts] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Districts_Slug] ON [Districts] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE INDEX [IX_ListingCategory_CategoryId] ON [ListingCategory] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE INDEX [IX_Listings_DistrictId] ON [Listings] ([DistrictId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Listings_ExternalId] ON [Listings] ([ExternalId]) WHERE [ExternalId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Listings_Slug] ON [Listings] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE INDEX [IX_Listings_Status] ON [Listings] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE INDEX [IX_SlugRedirects_ListingId] ON [SlugRedirects] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SlugRedirects_Slug] ON [SlugRedirects] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126054119_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126054119_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126062037_AddOutbox'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(30) NOT NULL,
        [EntityId] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [HandedOverAt] datetime2 NULL,
        [ProcessedAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126062037_AddOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_Kind_EntityId] ON [OutboxMessages] ([ProcessedAt], [Kind], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126062037_AddOutbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126062037_AddOutbox', N'10.0.15');
END;

COMMIT;
GO

