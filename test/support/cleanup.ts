// Loaded before every test file (jest setupFilesAfterEnv): the temp folders a file made are
// removed after its tests, pass or fail.
import { removeTempDirs } from './tmp.js';

afterAll(() => removeTempDirs());
