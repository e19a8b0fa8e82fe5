// The page's script, as a Vite user writes it: the package by its name and
// subpaths, the app's compiled C# from public/ (copied into dist/ as is).
import { CilantroError } from 'cilantro';
import { registerDom } from 'cilantro/dom';
import { startApp } from 'cilantro/page';

try {
  const app = await startApp({
    app: `${import.meta.env.BASE_URL}app/App.exe`,
    output: '#out',
    progress: '#bar',
    error: '#error',
    setup: registerDom,
  });
  document.body.dataset.exitCode = String(await app.exit);
} catch (e) {
  document.body.dataset.failed = e instanceof CilantroError ? e.code : String(e);
}
