namespace HalloBot.Domain.Listings;

/// <summary>Step-free access, with the values OpenStreetMap and Wheelmap use for <c>wheelchair=</c>.</summary>
public enum WheelchairAccess
{
    Unknown = 0,

    /// <summary><c>wheelchair=yes</c>: step-free entrance and all rooms reachable.</summary>
    Yes = 1,

    /// <summary><c>wheelchair=limited</c>: partly step-free (e.g. a small step, or some rooms).</summary>
    Limited = 2,

    /// <summary><c>wheelchair=no</c>.</summary>
    No = 3,
}
