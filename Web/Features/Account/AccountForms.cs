using System.ComponentModel.DataAnnotations;
using HalloBot.Domain.Accounts;

namespace HalloBot.Web.Features.Account;

// The forms of the account pages. Messages and labels are resource keys (DataAnnotations localization).

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [EmailAddress(ErrorMessage = "Account.Validation.Email")]
    [StringLength(254, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(Member.DisplayNameMaxLength, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [RegularExpression("^(de|en)$", ErrorMessage = "Account.Validation.Language")]
    [Display(Name = "Account.Field.Language")]
    public string Language { get; set; } = "de";
}

public sealed class EmailForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [EmailAddress(ErrorMessage = "Account.Validation.Email")]
    [StringLength(254, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.Email")]
    public string Email { get; set; } = "";
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(254, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Account.Field.RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorSignInForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(20, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.Code")]
    public string Code { get; set; } = "";

    [Display(Name = "Account.Field.RememberDevice")]
    public bool RememberDevice { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeSignInForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(40, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.RecoveryCode")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ResetPasswordForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.NewPassword")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.NewPassword")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ProfileForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(Member.DisplayNameMaxLength, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Account.Validation.Required")]
    [RegularExpression("^(de|en)$", ErrorMessage = "Account.Validation.Language")]
    [Display(Name = "Account.Field.MailLanguage")]
    public string Language { get; set; } = "de";
}

public sealed class TwoFactorCodeForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(20, ErrorMessage = "Account.Validation.TooLong")]
    [Display(Name = "Account.Field.Code")]
    public string Code { get; set; } = "";
}

public sealed class PasswordConfirmForm
{
    [Required(ErrorMessage = "Account.Validation.Required")]
    [StringLength(200, ErrorMessage = "Account.Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Field.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";
}
