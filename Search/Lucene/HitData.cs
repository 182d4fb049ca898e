using System.Text;
using HalloBot.Search.Contract;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HalloBot.Search.Lucene;

/// <summary>
/// What a hit shows of its listing, kept as one binary doc value per document (<see cref="LuceneFields.HitData"/>).
/// Reading it is one seek and one bulk read; Lucene.NET's stored fields decompress a 16 KB block byte by byte for
/// every hit, which cost a search more than finding and ranking the hits did (docs/benchmarks.md, issue 3).
/// </summary>
internal sealed record HitData(
    int ListingId,
    string Slug,
    string? ExternalId,
    string Name,
    IReadOnlyList<string> Categories,
    string? District,
    string Description)
{
    /// <summary>The most a binary doc value may hold (Lucene's byte block size less two).</summary>
    internal const int MaxBytes = 32766;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static BytesRef Encode(SearchDocument source)
    {
        var head = Write(source, "");
        var budget = MaxBytes - head.Length - 5; // 5: the longest 7-bit length prefix of the description
        var description = Utf8.GetByteCount(source.Description) <= budget ? source.Description : Truncate(source.Description, budget);
        return new BytesRef(Write(source, description));
    }

    /// <summary>The hit data of the documents of one segment; not thread-safe, so one per search.</summary>
    public static Reader Open(AtomicReader reader) => new(reader.GetBinaryDocValues(LuceneFields.HitData));

    private static byte[] Write(SearchDocument source, string description)
    {
        using var stream = new MemoryStream(256 + (description.Length * 2));
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(source.ListingId);
            writer.Write(source.Slug);
            writer.Write(source.ExternalId is not null);
            writer.Write(source.ExternalId ?? "");
            writer.Write(source.Name);
            writer.Write(source.Categories.Count);
            foreach (var category in source.Categories)
            {
                writer.Write(category.Name);
            }

            writer.Write(source.District is not null);
            writer.Write(source.District?.Name ?? "");
            writer.Write(description);
        }

        return stream.ToArray();
    }

    /// <summary>The longest start of <paramref name="text"/> that fits in <paramref name="bytes"/> UTF-8 bytes, not cutting a surrogate pair.</summary>
    private static string Truncate(string text, int bytes)
    {
        var used = 0;
        var length = 0;
        while (length < text.Length)
        {
            var width = char.IsHighSurrogate(text[length]) && length + 1 < text.Length ? 2 : 1;
            var size = Utf8.GetByteCount(text.AsSpan(length, width));
            if (used + size > bytes)
            {
                break;
            }

            used += size;
            length += width;
        }

        return text[..length];
    }

    internal sealed class Reader(BinaryDocValues? values)
    {
        private readonly BytesRef _bytes = new();

        /// <returns>Null for a document indexed before the hit data existed (a reindex adds it).</returns>
        public HitData? Get(int doc)
        {
            if (values is null)
            {
                return null;
            }

            values.Get(doc, _bytes);
            if (_bytes.Length == 0)
            {
                return null;
            }

            using var stream = new MemoryStream(_bytes.Bytes, _bytes.Offset, _bytes.Length, writable: false);
            using var reader = new BinaryReader(stream, Utf8);
            var listingId = reader.ReadInt32();
            var slug = reader.ReadString();
            var hasExternalId = reader.ReadBoolean();
            var externalId = reader.ReadString();
            var name = reader.ReadString();
            var categories = new string[reader.ReadInt32()];
            for (var i = 0; i < categories.Length; i++)
            {
                categories[i] = reader.ReadString();
            }

            var hasDistrict = reader.ReadBoolean();
            var district = reader.ReadString();
            var description = reader.ReadString();
            return new HitData(listingId, slug, hasExternalId ? externalId : null, name, categories, hasDistrict ? district : null, description);
        }
    }
}
