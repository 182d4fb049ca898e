using HalloBot.Web.Features.HoursEditor;

namespace HalloBot.Web.Features.Business;

/// <summary>
/// The opening-hours editor inside the listing form: fills it from the stored value, and reads what it posts into
/// <see cref="ListingFormInput.OpeningHours"/>. Its buttons (add a span, copy the day before …) post the whole listing
/// form; then the page comes back with the editor changed and nothing is saved.
/// </summary>
public sealed class ListingHours(HoursEditorForm form)
{
    public const string Prefix = "Hours";

    /// <summary>Where the error summary links to for the hours: the editor, which lists its own errors by field.</summary>
    public const string EditorId = "Hours-Editor";

    public HoursEditorViewModel ForValue(string? value) => form.ForValue(value, Prefix);

    /// <summary>
    /// A form without the editor's fields (a script, an old page) keeps its plain <c>OpeningHours</c> value, which the
    /// listing validator checks like any other.
    /// </summary>
    public ListingHoursRead Read(HoursEditorInput? posted, ListingFormInput input)
    {
        if (posted?.Source is null)
        {
            return new ListingHoursRead(form.ForValue(input.OpeningHours, Prefix), false, []);
        }

        var result = form.Handle(posted);
        input.OpeningHours = result.IsValid ? result.Value : null;
        var errors = result.Errors.Select(e => new FieldError(ListingFormFields.OpeningHours, $"{e.Label}: {e.Message}")).ToList();
        return new ListingHoursRead(form.View(posted, Prefix, result), result.ActionHandled, errors);
    }
}

/// <param name="ActionHandled">An editor button was pressed: show the form again, save nothing.</param>
public sealed record ListingHoursRead(HoursEditorViewModel Editor, bool ActionHandled, IReadOnlyList<FieldError> Errors);
