// After the program ends for good (Main threw, Environment.Exit), invoke()
// rejects with PROGRAM_ENDED naming why, not with a misleading DEADLOCK; after
// a normal return from Main the runtime keeps serving invocations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CilantroError, createRuntime, ManagedError } from '../../js/node.mjs';
import { compileCs, tempDir } from './lib/helpers.mjs';

const SRC = `
using System;
public static class Prog {
    public static int Add(int a, int b) { return a + b; }
    static int Main(string[] args) {
        if (args[0] == "throw") throw new InvalidOperationException("main failed");
        if (args[0] == "exit") Environment.Exit(3);
        return 0;
    }
}`;

async function afterMain(arg) {
  const exe = compileCs(tempDir(), 'Ended', SRC);
  const rt = await createRuntime({ stdout: null, stderr: null });
  const name = await rt.loadAssembly(exe);
  return { rt, name, main: rt.runMain(name, [arg]) };
}

const ended = (re) => (e) => e instanceof CilantroError && e.code === 'PROGRAM_ENDED' && re.test(e.message);

test('after Main threw, invoke rejects with the exception that ended the program', async () => {
  const { rt, name, main } = await afterMain('throw');
  await assert.rejects(main, (e) => e instanceof ManagedError && e.type === 'System.InvalidOperationException');
  await assert.rejects(rt.invoke(name, 'Prog', 'Add', [1, 2]),
    ended(/^Prog\.Add: the program ended with an unhandled exception \(System\.InvalidOperationException: main failed\)/));
  rt.dispose();
});

test('after Environment.Exit, invoke rejects naming the exit', async () => {
  const { rt, name, main } = await afterMain('exit');
  assert.equal(await main, 3);
  await assert.rejects(rt.invoke(name, 'Prog', 'Add', [1, 2]), ended(/Environment\.Exit\(3\)/));
  rt.dispose();
});

test('after Main returned normally, invoke still runs', async () => {
  const { rt, name, main } = await afterMain('ok');
  assert.equal(await main, 0);
  assert.equal(await rt.invoke(name, 'Prog', 'Add', [1, 2]), 3);
  rt.dispose();
});
