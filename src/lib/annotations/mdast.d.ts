// Node types used by the annotation plugins: directive nodes (mdast-util-directive) and the
// `data.hName` / `hProperties` / `hChildren` fields mdast-util-to-hast reads.
/// <reference types="mdast-util-directive" />
/// <reference types="mdast-util-to-hast" />
export {};
