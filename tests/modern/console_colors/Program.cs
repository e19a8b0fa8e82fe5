// Console colors with redirected output (as every test runs): .NET on Unix
// reports (ConsoleColor)-1 until a color is set, remembers what is set,
// writes no escape codes, and ResetColor goes back to -1.
static class Program
{
    static void Show(string label) =>
        Console.WriteLine($"{label}: fg={Console.ForegroundColor} ({(int)Console.ForegroundColor}) bg={Console.BackgroundColor} ({(int)Console.BackgroundColor})");

    static void Try(string label, Action a)
    {
        try { a(); Show(label); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Console.WriteLine("redirected: " + Console.IsOutputRedirected);
        Show("start");
        Console.ForegroundColor = ConsoleColor.Red; Show("fg red");
        Console.BackgroundColor = ConsoleColor.DarkBlue; Show("bg dark blue");
        Console.ResetColor(); Show("reset");
        foreach (ConsoleColor c in Enum.GetValues<ConsoleColor>())
        {
            Console.ForegroundColor = c;
            Console.BackgroundColor = (ConsoleColor)(15 - (int)c);
            Console.Write($"{Console.ForegroundColor}/{Console.BackgroundColor} ");
        }
        Console.WriteLine();
        Console.ResetColor(); Show("reset again");
        Try("fg 16", () => Console.ForegroundColor = (ConsoleColor)16);
        Try("bg -2", () => Console.BackgroundColor = (ConsoleColor)(-2));
        Console.ForegroundColor = ConsoleColor.Yellow;
        Try("fg -1", () => Console.ForegroundColor = (ConsoleColor)(-1));
        Try("bg -1", () => Console.BackgroundColor = (ConsoleColor)(-1));
    }
}
