globalThis;
