namespace HalloBot.Domain.OpeningHours.Holidays;

/// <summary>The sixteen Länder, by their ISO 3166-2 codes (DE-NW is Nordrhein-Westfalen).</summary>
public enum GermanState
{
    BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH,
}
