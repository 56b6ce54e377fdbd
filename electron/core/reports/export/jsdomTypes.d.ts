// The few jsdom types the export tests use (core's tsconfig has no DOM lib and jsdom ships no types).
declare module 'jsdom' {
  interface TestElement {
    id: string;
    className: string;
    textContent: string | null;
    attributes: Iterable<{ name: string; value: string }>;
    getAttribute(name: string): string | null;
    querySelector(selector: string): TestElement | null;
    querySelectorAll(selector: string): ArrayLike<TestElement> & Iterable<TestElement>;
  }
  export class JSDOM {
    constructor(html: string);
    window: { document: TestElement & { body: TestElement } };
  }
}
