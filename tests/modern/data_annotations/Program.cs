using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Reflection;

public enum Level { Low = 1, Mid = 2, High = 3 }
[Flags] public enum Opts { None = 0, A = 1, B = 2 }

[Table("people", Schema = "app")]
public class Person : IValidatableObject
{
    [Key, DatabaseGenerated(DatabaseGeneratedOption.Identity)] public int Id { get; set; }
    [Required, StringLength(10, MinimumLength = 2), Display(Name = "Full name", Order = 1)] public string Name { get; set; } = "";
    [EmailAddress] public string Email { get; set; } = "";
    [Range(0, 150)] public int Age { get; set; }
    [Range(0.5, 2.5, MinimumIsExclusive = true)] public double Ratio { get; set; } = 1;
    [Phone] public string? Phone { get; set; }
    [Url] public string? Site { get; set; }
    [CreditCard] public string? Card { get; set; }
    [RegularExpression(@"[A-Z]{2}\d{3}")] public string? Code { get; set; }
    [MinLength(2)] public List<string> Tags { get; set; } = new();
    [MaxLength(3)] public int[] Scores { get; set; } = Array.Empty<int>();
    [Length(1, 2)] public string? Short { get; set; }
    [EnumDataType(typeof(Level))] public int LevelValue { get; set; } = 1;
    [AllowedValues("red", "green")] public string Color { get; set; } = "red";
    [DeniedValues(13)] public int Lucky { get; set; }
    [Base64String] public string? Blob { get; set; }
    [FileExtensions] public string? Picture { get; set; }
    [DataType(DataType.Password)] public string? Password { get; set; }
    [Compare(nameof(Password))] public string? Confirm { get; set; }
    [Required(ErrorMessage = "Need {0}!")] public string? Custom { get; set; } = "x";
    [Range(typeof(DateTime), "2000-01-01", "2010-12-31")] public DateTime When { get; set; } = new DateTime(2005, 1, 1);
    [NotMapped, Column("extra", Order = 2)] public string? Extra { get; set; }
    public IEnumerable<ValidationResult> Validate(ValidationContext ctx)
    {
        if (Age < 18 && Email.EndsWith(".org")) yield return new ValidationResult("Minors cannot use .org", new[] { nameof(Age), nameof(Email) });
    }
}

public static class Checks
{
    public static ValidationResult? Even(int value) => value % 2 == 0 ? ValidationResult.Success : new ValidationResult("odd: " + value);
    public static ValidationResult? NotNamed(string value, ValidationContext ctx) => value == ctx.MemberName ? new ValidationResult("") : ValidationResult.Success;
}

[CustomValidation(typeof(Checks), nameof(Checks.Even))]
public class EvenBox { public int Value; public override bool Equals(object? o) => true; public override int GetHashCode() => 0; }

static class Program
{
    static void Report(string label, object o, bool all = true)
    {
        var results = new List<ValidationResult>();
        bool ok = Validator.TryValidateObject(o, new ValidationContext(o), results, all);
        Console.WriteLine($"{label}: {ok}");
        foreach (var r in results) Console.WriteLine($"  {r.ErrorMessage} [{string.Join(",", r.MemberNames)}]");
    }

    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine($"{label}: {e.GetType().Name}: {e.Message}"); }
    }

    static void Main()
    {
        Report("valid", new Person { Name = "Ann Lee", Email = "a@b.c", Age = 30 });
        Report("required only", new Person { Name = "", Email = "bad", Age = 200 }, all: false);
        Report("everything wrong", new Person
        {
            Name = "A", Email = "x@", Age = -1, Ratio = 0.5, Phone = "abc", Site = "www.x.com", Card = "4111 1111 1111 1112",
            Code = "ab123", Tags = new() { "one" }, Scores = new[] { 1, 2, 3, 4 }, Short = "abc", LevelValue = 7, Color = "blue",
            Lucky = 13, Blob = "not base64!", Picture = "doc.pdf", Password = "p1", Confirm = "p2", Custom = " ", When = new DateTime(2020, 1, 1)
        });
        Report("good formats", new Person
        {
            Name = "Bo", Email = "a@b", Age = 0, Ratio = 2.5, Phone = "+1 (555) 123-4567 ext. 89", Site = "HTTPS://x", Card = "4111-1111-1111-1111",
            Code = "AB123", Tags = new() { "a", "b" }, Scores = new[] { 1 }, Short = "ab", LevelValue = 3, Color = "green",
            Blob = "aGVsbG8=", Picture = "x.JPEG", Password = "p", Confirm = "p"
        });
        Report("object rule", new Person { Name = "Kid", Email = "k@x.org", Age = 10 });

        // Single properties and values.
        var p = new Person();
        var ctx = new ValidationContext(p) { MemberName = nameof(Person.Name) };
        var res = new List<ValidationResult>();
        Console.WriteLine($"property: {Validator.TryValidateProperty("", ctx, res)} {string.Join("; ", res.Select(r => r.ErrorMessage))} display={ctx.DisplayName}");
        Try("ValidateProperty", () => Validator.ValidateProperty("toolongname!", ctx));
        Try("ValidateProperty bad type", () => Validator.ValidateProperty(5, ctx));
        Try("ValidateProperty no member", () => Validator.ValidateProperty(5, new ValidationContext(p) { MemberName = "Nope" }));
        Try("ValidateObject", () => Validator.ValidateObject(new Person { Name = "" }, new ValidationContext(new Person())));
        Try("ValidateObject same", () => { var q = new Person { Name = null! }; Validator.ValidateObject(q, new ValidationContext(q)); });
        res.Clear();
        Console.WriteLine($"value: {Validator.TryValidateValue(42, new ValidationContext(p) { DisplayName = "Answer" }, res, new ValidationAttribute[] { new RangeAttribute(1, 10), new RequiredAttribute() })} {string.Join("; ", res.Select(r => r.ErrorMessage))}");
        try { Validator.ValidateValue("", new ValidationContext(p), new[] { new RequiredAttribute() }); }
        catch (ValidationException e) { Console.WriteLine($"ValidationException: {e.Message} attr={e.ValidationAttribute?.GetType().Name} value=[{e.Value}] result={e.ValidationResult.ErrorMessage}"); }

        // Custom validation, class-level attributes.
        Report("custom odd", new EvenBox { Value = 3 });
        Console.WriteLine($"custom method: {new CustomValidationAttribute(typeof(Checks), nameof(Checks.Even)).GetValidationResult(5, new ValidationContext(p))?.ErrorMessage}");
        Console.WriteLine($"custom empty message: {new CustomValidationAttribute(typeof(Checks), nameof(Checks.NotNamed)).GetValidationResult("Field", new ValidationContext(p) { MemberName = "Field" })?.ErrorMessage}");

        // Attribute-level API.
        Console.WriteLine($"IsValid: {new RequiredAttribute().IsValid(" ")} {new RequiredAttribute { AllowEmptyStrings = true }.IsValid("")} {new StringLengthAttribute(3).IsValid(null)} {new RangeAttribute(1, 5).IsValid("3")} {new RangeAttribute(1, 5).IsValid("x")} {new RangeAttribute(1.0, 2.0).IsValid(1.5f)}");
        Console.WriteLine($"messages: {new RangeAttribute(1, 5) { MaximumIsExclusive = true }.FormatErrorMessage("N")} | {new StringLengthAttribute(5) { MinimumLength = 1, ErrorMessage = "{0}:{1}:{2}" }.FormatErrorMessage("S")} | {new RegularExpressionAttribute("a+").FormatErrorMessage("R")} | {new MaxLengthAttribute(4).FormatErrorMessage("M")} | {new CompareAttribute("Other").FormatErrorMessage("C")}");
        Console.WriteLine($"enum: {new EnumDataTypeAttribute(typeof(Level)).IsValid(Level.Mid)} {new EnumDataTypeAttribute(typeof(Level)).IsValid("High")} {new EnumDataTypeAttribute(typeof(Level)).IsValid("Huge")} {new EnumDataTypeAttribute(typeof(Opts)).IsValid(3)} {new EnumDataTypeAttribute(typeof(Opts)).IsValid(4)} {new EnumDataTypeAttribute(typeof(Level)).IsValid(Opts.A)}");
        Try("StringLength bad", () => new StringLengthAttribute(2) { MinimumLength = 5 }.IsValid("abc"));
        Try("Range min > max", () => new RangeAttribute(5, 1).IsValid(3));
        Try("MaxLength 0", () => new MaxLengthAttribute(0).IsValid("a"));
        Try("MinLength not a collection", () => new MinLengthAttribute(1).IsValid(5));
        Try("Regex empty", () => new RegularExpressionAttribute("").IsValid("a"));
        Try("Validate(value,name)", () => new EmailAddressAttribute().Validate("nope", "Mail"));
        Try("custom DataType empty", () => new DataTypeAttribute("").GetDataTypeName());

        // Descriptive metadata.
        var name = typeof(Person).GetProperty(nameof(Person.Name))!;
        var display = name.GetCustomAttribute<DisplayAttribute>()!;
        Console.WriteLine($"display: {display.GetName()} {display.GetShortName()} {display.GetOrder()} {display.GetDescription() ?? "-"} {display.GetAutoGenerateField()?.ToString() ?? "-"}");
        Try("Display.AutoGenerateField", () => _ = display.AutoGenerateField);
        var pw = typeof(Person).GetProperty(nameof(Person.Password))!.GetCustomAttribute<DataTypeAttribute>()!;
        Console.WriteLine($"datatype: {pw.DataType} {pw.GetDataTypeName()} {new DataTypeAttribute(DataType.Date).DisplayFormat?.DataFormatString} {new DataTypeAttribute("Money").GetDataTypeName()} {new EmailAddressAttribute().DataType}");
        var table = typeof(Person).GetCustomAttribute<TableAttribute>()!;
        var col = typeof(Person).GetProperty(nameof(Person.Extra))!.GetCustomAttribute<ColumnAttribute>()!;
        Console.WriteLine($"schema: {table.Schema}.{table.Name} {col.Name} {col.Order} {typeof(Person).GetProperty("Id")!.IsDefined(typeof(KeyAttribute))} {new DisplayFormatAttribute().ConvertEmptyStringToNull} {new EditableAttribute(false).AllowInitialValue}");
        Console.WriteLine($"ValidationResult: [{new ValidationResult("msg")}] {ValidationResult.Success == null} {new ValidationResult("m", null).MemberNames.Count()}");
    }
}
