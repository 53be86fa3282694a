// Node-only uses: a Buffer read from a file is a page.
import { readFileSync } from 'node:fs';
import { extract, isProbablyReaderable } from 'declutter-article';

const page: Buffer = readFileSync('page.html');
const article = extract(page, { url: 'https://news.example/story' });
console.log(article.title, article.textContent.length, isProbablyReaderable(page));
