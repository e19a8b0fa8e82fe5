// a small language: let, fn (closures), if/else, while, lists, strings, recursion
let fib = fn(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); };
print("fib(20) =", fib(20));

let makeCounter = fn() {
  let count = 0;
  return fn() { count = count + 1; return count; };
};
let c1 = makeCounter();
let c2 = makeCounter();
c1(); c1();
print("counters:", c1(), c2());

let map = fn(xs, f) {
  let out = [];
  let i = 0;
  while (i < len(xs)) { push(out, f(xs[i])); i = i + 1; }
  return out;
};
let fold = fn(xs, acc, f) {
  let i = 0;
  while (i < len(xs)) { acc = f(acc, xs[i]); i = i + 1; }
  return acc;
};
let squares = map([1, 2, 3, 4, 5, 6], fn(x) { return x * x; });
print("squares:", squares, "sum:", fold(squares, 0, fn(a, b) { return a + b; }));

let adder = fn(n) { return fn(x) { return x + n; }; };
let add10 = adder(10);
print("compose:", map([1, 2, 3], fn(x) { return add10(x * 2); }));

let primes = fn(limit) {
  let sieve = [];
  let i = 0;
  while (i <= limit) { push(sieve, true); i = i + 1; }
  let out = [];
  let p = 2;
  while (p <= limit) {
    if (sieve[p]) {
      push(out, p);
      let m = p * p;
      while (m <= limit) { sieve[m] = false; m = m + p; }
    }
    p = p + 1;
  }
  return out;
};
print("primes:", primes(60));

let s = "hello";
print(s + ", " + "world", len(s), s == "hello", !(1 < 2) || 3 >= 3 && 4 != 5);
print("division:", 7 / 2, 7 % 3, -7 / 2, 2.5 * 4, 1 / 3.0);
let fact = fn(n) { let r = 1; while (n > 1) { r = r * n; n = n - 1; } return r; };
print("fact(20) =", fact(20));

let hanoi = fn(n, from, to, via, moves) {
  if (n == 0) { return moves; }
  moves = hanoi(n - 1, from, via, to, moves);
  push(moves, from + to);
  return hanoi(n - 1, via, to, from, moves);
};
let moves = hanoi(4, "A", "C", "B", []);
print("hanoi 4:", len(moves), "moves, first", moves[0], "last", moves[len(moves) - 1]);

let x = 1;
let shadow = fn() { let x = 2; return x; };
print("shadowing:", shadow(), x);
print("error next:");
print(undefinedThing + 1);
