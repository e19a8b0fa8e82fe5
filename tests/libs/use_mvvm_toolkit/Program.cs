using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using CommunityToolkit.Mvvm.Messaging.Messages;

// CommunityToolkit.Mvvm: source-generated observable properties and commands,
// change notifications (changing and changed), async commands, validation
// with data annotations, and the weak-reference messenger.
partial class Person : ObservableValidator
{
    [ObservableProperty] [NotifyPropertyChangedFor(nameof(Greeting))] [NotifyCanExecuteChangedFor(nameof(RenameCommand))]
    [Required] [MinLength(2)]
    private string _name = "";

    [ObservableProperty] [NotifyPropertyChangedFor(nameof(Greeting))] [Range(0, 150)]
    private int _age;

    public string Greeting => $"{Name} is {Age}";
    public List<string> Log { get; } = new();

    partial void OnAgeChanged(int oldValue, int newValue) => Log.Add($"age {oldValue}->{newValue}");

    [RelayCommand] private void Birthday() => Age++;

    [RelayCommand(CanExecute = nameof(CanRename))]
    private void Rename(string newName) => Name = newName;
    private bool CanRename() => Name.Length > 0;

    [RelayCommand] private async Task LoadAsync(int delay) { await Task.Delay(delay); Name = "Loaded"; }

    public void Check() { ValidateAllProperties(); }
}

sealed class NameChanged(string value) : ValueChangedMessage<string>(value);

static class Program
{
    static async Task Main()
    {
        var p = new Person();
        var changes = new List<string>();
        p.PropertyChanging += (_, e) => changes.Add("-" + e.PropertyName);
        p.PropertyChanged += (_, e) => changes.Add("+" + e.PropertyName);
        Console.WriteLine($"can rename: {p.RenameCommand.CanExecute("x")}");
        p.Name = "Ann";
        p.Name = "Ann";
        p.Age = 30;
        p.BirthdayCommand.Execute(null);
        Console.WriteLine($"{p.Greeting} | {string.Join(",", changes)} | {string.Join(",", p.Log)} | can rename: {p.RenameCommand.CanExecute("x")}");
        p.RenameCommand.Execute("Bob");
        await p.LoadCommand.ExecuteAsync(1);
        Console.WriteLine($"{p.Name} running={p.LoadCommand.IsRunning} {p.LoadCommand.ExecutionTask?.Status}");

        p.Name = "X";
        p.Age = 200;
        p.Check();
        Console.WriteLine($"errors: {p.HasErrors}");
        foreach (var e in p.GetErrors().OrderBy(e => e.ErrorMessage)) Console.WriteLine("  " + string.Join(",", e.MemberNames) + ": " + e.ErrorMessage);
        p.Name = "Xavier"; p.Age = 40; p.Check();
        Console.WriteLine($"errors: {p.HasErrors}");

        var messenger = new WeakReferenceMessenger();
        var received = new List<string>();
        object recipient = new object();
        messenger.Register<NameChanged>(recipient, (_, m) => received.Add(m.Value));
        messenger.Send(new NameChanged("one"));
        messenger.Send(new NameChanged("two"));
        Console.WriteLine($"{string.Join(",", received)} {messenger.IsRegistered<NameChanged>(recipient)}");
        messenger.Unregister<NameChanged>(recipient);
        messenger.Send(new NameChanged("three"));
        Console.WriteLine($"{received.Count} {messenger.IsRegistered<NameChanged>(recipient)}");
        var reply = new RequestMessage<int>();
        messenger.Register<RequestMessage<int>>(recipient, (_, m) => m.Reply(42));
        Console.WriteLine(messenger.Send(reply).Response);
    }
}
