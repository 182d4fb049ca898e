using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HalloBot.Web.Features.Api;

/// <summary>Binds <c>?at=</c> through <see cref="IsoInstant"/>; absent or empty leaves it null (meaning "now").</summary>
public sealed class IsoInstantModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (IsoInstant.TryParse(value.FirstValue, out var instant))
        {
            bindingContext.Result = ModelBindingResult.Success(instant);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, IsoInstant.Expected);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
