// Bogus with fixed seeds: a Faker<T> with rules (index, names, e-mail from
// another property, dates, addresses, amounts), a plain Faker (lorem, numbers,
// GUIDs, products, picks). Its locale data is an embedded resource found
// through Assembly.GetManifestResourceInfo.
using Bogus;

public class User
{
    public int Id { get; set; }
    public string First { get; set; } = "";
    public string Email { get; set; } = "";
    public DateTime Born { get; set; }
    public string City { get; set; } = "";
    public decimal Balance { get; set; }
}

static class Program
{
    static void Main()
    {
        Randomizer.Seed = new Random(1234);
        var faker = new Faker<User>().UseSeed(42)
            .RuleFor(u => u.Id, f => f.IndexFaker + 1)
            .RuleFor(u => u.First, f => f.Name.FirstName())
            .RuleFor(u => u.Email, (f, u) => f.Internet.Email(u.First))
            .RuleFor(u => u.Born, f => f.Date.Past(30, new DateTime(2020, 1, 1)))
            .RuleFor(u => u.City, f => f.Address.City())
            .RuleFor(u => u.Balance, f => f.Finance.Amount(0, 1000));
        foreach (var u in faker.Generate(3)) Console.WriteLine($"{u.Id} {u.First} {u.Email} {u.Born:yyyy-MM-dd} {u.City} {u.Balance}");
        var f2 = new Faker { Random = new Randomizer(7) };
        Console.WriteLine(f2.Lorem.Sentence(5));
        Console.WriteLine($"{f2.Random.Int(1, 100)} {f2.Random.Guid()} {f2.Commerce.ProductName()} {f2.PickRandom(new[] { "a", "b", "c" })} {f2.Random.Bool()} {f2.Random.AlphaNumeric(8)}");
        Console.WriteLine($"{f2.Company.CompanyName()} | {f2.Phone.PhoneNumber("###-####")} | {f2.Internet.Url()}");
        var info = typeof(Faker).Assembly.GetManifestResourceInfo("Bogus.data.en.locale.bson");
        Console.WriteLine(info is null ? "no resource" : $"{info.ResourceLocation} {info.FileName ?? "(null)"} {info.ReferencedAssembly is null}");
        Console.WriteLine(typeof(Faker).Assembly.GetManifestResourceInfo("no.such.resource") is null);
    }
}
