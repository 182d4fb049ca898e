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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    ALTER TABLE [Listings] ADD [HearingLoop] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    ALTER TABLE [Listings] ADD [Seating] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    ALTER TABLE [Listings] ADD [Wheelchair] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    ALTER TABLE [Listings] ADD [WheelchairToilet] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [PreferredCulture] nvarchar(10) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [ListingChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [Field] nvarchar(50) NOT NULL,
        [OldValue] nvarchar(4000) NULL,
        [NewValue] nvarchar(4000) NULL,
        [ActorMemberId] nvarchar(450) NULL,
        [ActorName] nvarchar(150) NOT NULL,
        [ByStaff] bit NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ListingChanges] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [ListingPhotos] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [StorageKey] nvarchar(64) NOT NULL,
        [OriginalFileName] nvarchar(255) NOT NULL,
        [ByteLength] bigint NOT NULL,
        [AltText] nvarchar(250) NOT NULL,
        [Position] int NOT NULL,
        [IsCover] bit NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [RejectionReason] nvarchar(100) NULL,
        [Width] int NULL,
        [Height] int NULL,
        [UploadedByMemberId] nvarchar(450) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        CONSTRAINT [PK_ListingPhotos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ListingPhotos_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [MailOptOuts] (
        [Id] int NOT NULL IDENTITY,
        [Email] nvarchar(254) NOT NULL,
        [Kind] nvarchar(50) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_MailOptOuts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [MembershipInvitations] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [InvitedByMemberId] nvarchar(450) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [AcceptedAt] datetime2 NULL,
        [AcceptedByMemberId] nvarchar(450) NULL,
        CONSTRAINT [PK_MembershipInvitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MembershipInvitations_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [OutgoingMails] (
        [Id] int NOT NULL IDENTITY,
        [DeduplicationKey] nvarchar(200) NOT NULL,
        [Kind] nvarchar(50) NOT NULL,
        [Recipient] nvarchar(254) NOT NULL,
        [Culture] nvarchar(10) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NULL,
        [UnsubscribeUrl] nvarchar(1000) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SentAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        CONSTRAINT [PK_OutgoingMails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [ListingMemberships] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [MemberId] nvarchar(450) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ListingMemberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ListingMemberships_AspNetUsers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ListingMemberships_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE TABLE [ListingRequests] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(20) NOT NULL,
        [ListingId] int NOT NULL,
        [MemberId] nvarchar(450) NOT NULL,
        [Justification] nvarchar(2000) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [DecisionReason] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedByMemberId] nvarchar(450) NULL,
        CONSTRAINT [PK_ListingRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ListingRequests_AspNetUsers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ListingRequests_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingChanges_ListingId_ChangedAt] ON [ListingChanges] ([ListingId], [ChangedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ListingMemberships_ListingId_MemberId] ON [ListingMemberships] ([ListingId], [MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingMemberships_MemberId] ON [ListingMemberships] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingPhotos_ListingId_Position] ON [ListingPhotos] ([ListingId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ListingPhotos_StorageKey] ON [ListingPhotos] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingRequests_ListingId] ON [ListingRequests] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingRequests_MemberId] ON [ListingRequests] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_ListingRequests_Status_CreatedAt] ON [ListingRequests] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MailOptOuts_Email_Kind] ON [MailOptOuts] ([Email], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_MembershipInvitations_ListingId] ON [MembershipInvitations] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MembershipInvitations_TokenHash] ON [MembershipInvitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutgoingMails_DeduplicationKey] ON [OutgoingMails] ([DeduplicationKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_OutgoingMails_Recipient] ON [OutgoingMails] ([Recipient]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    CREATE INDEX [IX_OutgoingMails_Status_CreatedAt] ON [OutgoingMails] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126095853_AccountsPhotosMail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126095853_AccountsPhotosMail', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    CREATE TABLE [Offers] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [Title] nvarchar(120) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Availability] nvarchar(20) NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidTo] date NULL,
        [IsReservable] bit NOT NULL,
        [HoldDays] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PriceCents] int NULL,
        [PriceKind] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_Offers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offers_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    CREATE TABLE [OfferPhotos] (
        [Id] int NOT NULL IDENTITY,
        [OfferId] int NOT NULL,
        [StorageKey] nvarchar(64) NOT NULL,
        [ByteLength] bigint NOT NULL,
        [AltText] nvarchar(250) NOT NULL,
        [Position] int NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [RejectionReason] nvarchar(100) NULL,
        [Width] int NULL,
        [Height] int NULL,
        [UploadedByMemberId] nvarchar(450) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        CONSTRAINT [PK_OfferPhotos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OfferPhotos_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    CREATE INDEX [IX_OfferPhotos_OfferId_Position] ON [OfferPhotos] ([OfferId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OfferPhotos_StorageKey] ON [OfferPhotos] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    CREATE INDEX [IX_Offers_ListingId] ON [Offers] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126131721_Offers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126131721_Offers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackItems] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(20) NOT NULL,
        [Area] nvarchar(30) NOT NULL,
        [Title] nvarchar(120) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [ListingId] int NOT NULL,
        [SenderMemberId] nvarchar(450) NOT NULL,
        [ShowBusiness] bit NOT NULL,
        [ScreenshotKey] nvarchar(64) NULL,
        [ScreenshotWidth] int NULL,
        [ScreenshotHeight] int NULL,
        [Status] nvarchar(20) NOT NULL,
        [PublicAnswer] nvarchar(2000) NULL,
        [StatusChangedAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [MergedIntoId] int NULL,
        CONSTRAINT [PK_FeedbackItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackItems_FeedbackItems_MergedIntoId] FOREIGN KEY ([MergedIntoId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FeedbackItems_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackComments] (
        [Id] int NOT NULL IDENTITY,
        [FeedbackId] int NOT NULL,
        [ListingId] int NOT NULL,
        [MemberId] nvarchar(450) NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FeedbackComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackComments_FeedbackItems_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FeedbackComments_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackFollowers] (
        [Id] int NOT NULL IDENTITY,
        [FeedbackId] int NOT NULL,
        [MemberId] nvarchar(450) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FeedbackFollowers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackFollowers_FeedbackItems_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackNotes] (
        [Id] int NOT NULL IDENTITY,
        [FeedbackId] int NOT NULL,
        [AuthorMemberId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FeedbackNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackNotes_FeedbackItems_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackStatusChanges] (
        [Id] int NOT NULL IDENTITY,
        [FeedbackId] int NOT NULL,
        [From] nvarchar(20) NOT NULL,
        [To] nvarchar(20) NOT NULL,
        [Answer] nvarchar(2000) NOT NULL,
        [StaffMemberId] nvarchar(450) NOT NULL,
        [StaffName] nvarchar(200) NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FeedbackStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackStatusChanges_FeedbackItems_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE TABLE [FeedbackVotes] (
        [Id] int NOT NULL IDENTITY,
        [FeedbackId] int NOT NULL,
        [ListingId] int NOT NULL,
        [MemberId] nvarchar(450) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FeedbackVotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FeedbackVotes_FeedbackItems_FeedbackId] FOREIGN KEY ([FeedbackId]) REFERENCES [FeedbackItems] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FeedbackVotes_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackComments_FeedbackId] ON [FeedbackComments] ([FeedbackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackComments_ListingId] ON [FeedbackComments] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FeedbackFollowers_FeedbackId_MemberId] ON [FeedbackFollowers] ([FeedbackId], [MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackItems_ListingId] ON [FeedbackItems] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackItems_MergedIntoId] ON [FeedbackItems] ([MergedIntoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackItems_SenderMemberId] ON [FeedbackItems] ([SenderMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackItems_Status] ON [FeedbackItems] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackNotes_FeedbackId] ON [FeedbackNotes] ([FeedbackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackStatusChanges_FeedbackId] ON [FeedbackStatusChanges] ([FeedbackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FeedbackVotes_FeedbackId_ListingId] ON [FeedbackVotes] ([FeedbackId], [ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    CREATE INDEX [IX_FeedbackVotes_ListingId] ON [FeedbackVotes] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144111_Feedback'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126144111_Feedback', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144225_MailReplyTo'
)
BEGIN
    ALTER TABLE [OutgoingMails] ADD [ReplyTo] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144225_MailReplyTo'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126144225_MailReplyTo', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE TABLE [Reservations] (
        [Id] int NOT NULL IDENTITY,
        [OfferId] int NOT NULL,
        [ListingId] int NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [HoldWorkingDays] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [Phone] nvarchar(30) NULL,
        [Quantity] int NOT NULL,
        [PreferredPickupDate] date NOT NULL,
        [Message] nvarchar(1000) NULL,
        [Culture] nvarchar(5) NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ConfirmedAt] datetime2 NULL,
        [AnsweredAt] datetime2 NULL,
        [PickupDate] date NULL,
        [PickupFrom] time NULL,
        [PickupUntil] time NULL,
        [ShopNote] nvarchar(500) NULL,
        [ExpiresAt] datetime2 NULL,
        [ReminderDueAt] datetime2 NULL,
        [ShopRemindedAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [PersonalDataErasedAt] datetime2 NULL,
        CONSTRAINT [PK_Reservations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reservations_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE INDEX [IX_Reservations_ClosedAt] ON [Reservations] ([ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE INDEX [IX_Reservations_Email_Status] ON [Reservations] ([Email], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE INDEX [IX_Reservations_ListingId_Status] ON [Reservations] ([ListingId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE INDEX [IX_Reservations_OfferId] ON [Reservations] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE INDEX [IX_Reservations_Status_ExpiresAt] ON [Reservations] ([Status], [ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Reservations_TokenHash] ON [Reservations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126144727_Reservations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126144727_Reservations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126150507_MembersFixes'
)
BEGIN
    UPDATE [ListingRequests] SET [Status] = 'Withdrawn', [DecidedAt] = SYSUTCDATETIME() WHERE [Status] = 'Pending' AND EXISTS (SELECT 1 FROM [ListingRequests] AS [Older] WHERE [Older].[Status] = 'Pending' AND [Older].[ListingId] = [ListingRequests].[ListingId] AND [Older].[MemberId] = [ListingRequests].[MemberId] AND [Older].[Id] < [ListingRequests].[Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126150507_MembersFixes'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ListingRequests_OnePendingPerMember] ON [ListingRequests] ([ListingId], [MemberId]) WHERE "Status" = ''Pending''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126150507_MembersFixes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126150507_MembersFixes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126163621_Feedback2'
)
BEGIN
    ALTER TABLE [FeedbackComments] ADD [HideBusiness] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126163621_Feedback2'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126163621_Feedback2', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    ALTER TABLE [Reservations] DROP CONSTRAINT [FK_Reservations_Offers_OfferId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Reservations]') AND [c].[name] = N'OfferId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Reservations] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Reservations] ALTER COLUMN [OfferId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    ALTER TABLE [Reservations] ADD [OfferTitle] nvarchar(120) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    ALTER TABLE [Reservations] ADD [ProtectedToken] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    ALTER TABLE [Reservations] ADD CONSTRAINT [FK_Reservations_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126173116_Reservations2'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126173116_Reservations2', N'10.0.15');
END;

COMMIT;
GO

