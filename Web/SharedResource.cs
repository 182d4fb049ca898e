namespace HalloBot.Web;

/// <summary>Anchor type of the site's texts in Resources/SharedResource.{de,en}.resx.</summary>
public sealed class SharedResource;
