import { writeSyntheticContent } from './tests/tools/synthetic-articles';
const [dir, n, ann] = process.argv.slice(2);
writeSyntheticContent(dir!, Number(n), ann === '1');
