// The bundled Action (dist/action.js), loaded by the bootstrap in dist/index.js once the native
// dependencies resolve.
import { run } from './main.js';

await run();
