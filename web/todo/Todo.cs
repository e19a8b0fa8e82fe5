// Todo: a todo list whose every behaviour is C# handling DOM events through
// Cilantro.Dom: add (button or Enter), toggle, remove, edit by double-click,
// filter all/active/done (kept in the URL's #hash), clear completed, and the
// list persisted in localStorage.
using System;
using System.Collections.Generic;
using System.Text;
using Cilantro.Dom;

class TodoItem
{
    public int Id;
    public string Text;
    public bool Done;
}

static class TodoApp
{
    const string StorageKey = "cilantro-todo";
    static readonly List<TodoItem> items = new List<TodoItem>();
    static int nextId = 1;
    static string filter = "all";

    static Element input, list, count, clearDone;
    static readonly Dictionary<string, Element> filterButtons = new Dictionary<string, Element>();

    static void Main()
    {
        input = Document.GetElementById("new-todo");
        list = Document.GetElementById("list");
        count = Document.GetElementById("count");
        clearDone = Document.GetElementById("clear-done");

        Document.GetElementById("add").AddEventListener("click", e => AddFromInput());
        input.AddEventListener("keydown", e =>
        {
            if (e.Key == "Enter") AddFromInput();
            else if (e.Key == "Escape") input.Value = "";
        });
        foreach (string f in new[] { "all", "active", "done" })
        {
            string name = f;
            Element button = Document.GetElementById("filter-" + name);
            filterButtons[name] = button;
            button.AddEventListener("click", e => SetFilter(name));
        }
        clearDone.AddEventListener("click", e =>
        {
            items.RemoveAll(item => item.Done);
            Save();
            Render();
        });

        Load();
        string hash = Window.Location.Hash;
        if (hash == "#active" || hash == "#done") filter = hash.Substring(1);
        Render();
        Document.GetElementById("app").RemoveAttribute("hidden");
        Document.GetElementById("loading").SetAttribute("hidden", "");
        Console.WriteLine("todo app ready: " + items.Count + " items");
    }

    static void AddFromInput()
    {
        string text = input.Value.Trim();
        if (text.Length == 0) return;
        items.Add(new TodoItem { Id = nextId++, Text = text });
        input.Value = "";
        Save();
        Render();
    }

    static void SetFilter(string name)
    {
        filter = name;
        Window.Location.Hash = name == "all" ? "" : name;
        Render();
    }

    static bool Visible(TodoItem item)
    {
        return filter == "all" || (filter == "done") == item.Done;
    }

    // Rebuilds the list. Each row's listeners are released with the row, so
    // handlers never pile up however often the list is redrawn.
    static readonly List<Action> rowCleanups = new List<Action>();

    static void Render()
    {
        foreach (Action cleanup in rowCleanups) cleanup();
        rowCleanups.Clear();
        list.InnerHtml = "";
        foreach (TodoItem item in items)
        {
            if (Visible(item)) list.AppendChild(Row(item));
        }
        int left = items.FindAll(i => !i.Done).Count;
        count.TextContent = left + (left == 1 ? " item left" : " items left");
        clearDone.Hidden = items.Count == left;
        foreach (KeyValuePair<string, Element> pair in filterButtons)
        {
            pair.Value.ClassList.Toggle("selected", pair.Key == filter);
        }
        Document.Title = left > 0 ? "(" + left + ") Todo" : "Todo";
    }

    static Element Row(TodoItem item)
    {
        Element li = Document.CreateElement("li");
        li.SetAttribute("data-id", item.Id.ToString());
        if (item.Done) li.ClassList.Add("done");

        Element box = Document.CreateElement("input");
        box.SetAttribute("type", "checkbox");
        box.ClassList.Add("toggle");
        box.Checked = item.Done;
        Action<DomEvent> onToggle = e =>
        {
            item.Done = !item.Done;
            Save();
            Render();
        };
        box.AddEventListener("change", onToggle);

        Element label = Document.CreateElement("span");
        label.ClassList.Add("text");
        label.TextContent = item.Text;
        Action<DomEvent> onEdit = e => Edit(item, li, label);
        label.AddEventListener("dblclick", onEdit);

        Element remove = Document.CreateElement("button");
        remove.ClassList.Add("remove");
        remove.SetAttribute("title", "remove");
        remove.TextContent = "\u00d7";
        Action<DomEvent> onRemove = e =>
        {
            items.Remove(item);
            Save();
            Render();
        };
        remove.AddEventListener("click", onRemove);

        rowCleanups.Add(() =>
        {
            box.RemoveEventListener("change", onToggle);
            label.RemoveEventListener("dblclick", onEdit);
            remove.RemoveEventListener("click", onRemove);
            // Release the JS objects now rather than whenever the GC runs.
            box.Dispose();
            label.Dispose();
            remove.Dispose();
            li.Dispose();
        });
        li.AppendChild(box);
        li.AppendChild(label);
        li.AppendChild(remove);
        return li;
    }

    static void Edit(TodoItem item, Element li, Element label)
    {
        Element editor = Document.CreateElement("input");
        editor.SetAttribute("type", "text");
        editor.ClassList.Add("edit");
        editor.Value = item.Text;
        li.ReplaceChild(editor, label);
        editor.Focus();
        Action<DomEvent> onKey = null;
        onKey = e =>
        {
            if (e.Key == "Enter")
            {
                string text = editor.Value.Trim();
                if (text.Length > 0) item.Text = text;
                else items.Remove(item);
            }
            else if (e.Key != "Escape") return;
            editor.RemoveEventListener("keydown", onKey);
            Save();
            Render();
        };
        editor.AddEventListener("keydown", onKey);
        rowCleanups.Add(() =>
        {
            editor.RemoveEventListener("keydown", onKey);
            editor.Dispose();
        });
    }

    // Storage format: one item per line, "id|done|text" (text last: it may hold '|').
    static void Save()
    {
        var sb = new StringBuilder();
        foreach (TodoItem item in items)
        {
            sb.Append(item.Id).Append('|').Append(item.Done ? '1' : '0').Append('|')
              .Append(item.Text.Replace("\n", " ")).Append('\n');
        }
        Window.LocalStorage.SetItem(StorageKey, sb.ToString());
    }

    static void Load()
    {
        string data = Window.LocalStorage.GetItem(StorageKey);
        if (data == null) return;
        foreach (string line in data.Split('\n'))
        {
            string[] parts = line.Split(new[] { '|' }, 3);
            if (parts.Length < 3) continue;
            int id;
            if (!int.TryParse(parts[0], out id)) continue;
            items.Add(new TodoItem { Id = id, Done = parts[1] == "1", Text = parts[2] });
            if (id >= nextId) nextId = id + 1;
        }
    }
}
