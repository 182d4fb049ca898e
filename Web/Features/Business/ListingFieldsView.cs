namespace HalloBot.Web.Features.Business;

/// <summary>The listing form's inputs, shared by "new listing" and "edit".</summary>
public sealed record ListingFieldsView(ListingFormInput Input, ListingFormChoices Choices, IReadOnlyList<FieldError> Errors, HoursEditor.HoursEditorViewModel Hours);
