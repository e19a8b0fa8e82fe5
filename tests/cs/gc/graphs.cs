// Object graphs under collection: a long linked list, a wide/deep tree, cycles, arrays of references,
// rebuilt many times with GC.Collect in between; every checksum must survive.
using System;
using System.Collections.Generic;

class Node { public int V; public Node Next; public Node Other; public Node(int v, Node n) { V = v; Next = n; } }
class TreeNode { public TreeNode L, R; public int D; }

static class Program
{
    static Node BuildList(int n) { Node h = null; for (int i = 0; i < n; i++) h = new Node(i, h); return h; }
    static long SumList(Node h) { long s = 0; for (; h != null; h = h.Next) s += h.V; return s; }
    static TreeNode Tree(int d) { TreeNode t = new TreeNode { D = d }; if (d > 0) { t.L = Tree(d - 1); t.R = Tree(d - 1); } return t; }
    static int Count(TreeNode t) { return t == null ? 0 : 1 + Count(t.L) + Count(t.R); }

    static void Main()
    {
        Node keep = BuildList(200000);
        for (int round = 0; round < 5; round++)
        {
            Node garbage = BuildList(100000);
            TreeNode tree = Tree(14);
            GC.Collect();
            Console.WriteLine("round " + round + " list " + SumList(keep) + " garbage " + SumList(garbage) + " tree " + Count(tree));
        }
        // cycles: a ring and a doubly-linked structure, dropped and rebuilt
        for (int round = 0; round < 3; round++)
        {
            Node first = new Node(0, null), prev = first;
            for (int i = 1; i < 50000; i++) { Node n = new Node(i, null); prev.Next = n; n.Other = prev; prev = n; }
            prev.Next = first; first.Other = prev;
            long s = 0; Node p = first; do { s += p.V; p = p.Next; } while (p != first);
            long back = 0; p = first.Other; for (int i = 0; i < 50000; i++) { back += p.V; p = p.Other; }
            GC.Collect();
            Console.WriteLine("ring " + s + " " + back);
        }
        Node self = new Node(7, null); self.Next = self; self.Other = self; GC.Collect(); Console.WriteLine("self " + self.Next.Other.V);
        object[] refs = new object[10000];
        for (int i = 0; i < refs.Length; i++) refs[i] = (i % 3 == 0) ? (object)("s" + i) : (i % 3 == 1) ? (object)new int[i % 50] : new Node(i, null);
        for (int i = 0; i < 20; i++) { object[] junk = new object[5000]; for (int j = 0; j < junk.Length; j++) junk[j] = new Node(j, null); }
        GC.Collect();
        long chk = 0;
        for (int i = 0; i < refs.Length; i++)
        {
            if (refs[i] is string) chk += ((string)refs[i]).Length;
            else if (refs[i] is int[]) chk += ((int[])refs[i]).Length;
            else chk += ((Node)refs[i]).V;
        }
        Console.WriteLine("refs " + chk);
        Node[][] jag = new Node[100][];
        for (int i = 0; i < 100; i++) { jag[i] = new Node[100]; for (int j = 0; j < 100; j++) jag[i][j] = new Node(i * j, null); }
        GC.Collect();
        long js = 0; foreach (Node[] row in jag) foreach (Node n in row) js += n.V; Console.WriteLine("jagged " + js);
        List<string> strs = new List<string>();
        for (int i = 0; i < 20000; i++) { strs.Add("item" + i); string tmp = "temp" + i + "x"; }
        GC.Collect();
        int len = 0; foreach (string s in strs) len += s.Length; Console.WriteLine("strings " + strs.Count + " " + len + " " + strs[12345]);
        Dictionary<int, Node> dict = new Dictionary<int, Node>();
        for (int i = 0; i < 30000; i++) dict[i] = new Node(i * 2, null);
        for (int i = 0; i < 30000; i += 2) dict.Remove(i);
        GC.Collect();
        long ds = 0; foreach (KeyValuePair<int, Node> kv in dict) ds += kv.Value.V; Console.WriteLine("dict " + dict.Count + " " + ds);
    }
}
