/** Placeholder: builds the fixture sites once before the suite (filled in by the build-test work). */
export default function setup(): void {}
