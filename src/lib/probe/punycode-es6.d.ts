// The package's ES module build, which bundlers and workerd load without CommonJS interop.
declare module 'punycode/punycode.es6.js' {
  export function decode(input: string): string;
}
