// Main returning int: the process exit code is Main's return value.
using System;

static class MainReturn
{
    static int Main()
    {
        int code = 0;
        for (int i = 1; i <= 6; i++) code += i;
        Console.WriteLine("returning " + (code * 2));
        return code * 2;
    }
}
