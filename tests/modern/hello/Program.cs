Console.WriteLine("Hello from an SDK-built program");
Console.WriteLine(args.Length);
