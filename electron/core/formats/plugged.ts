// The format families beyond the first two, each in its own folder.
import { dbReaders } from './browser-db';
import { jsonReaders, jsonWriters } from './json';
import type { Reader, Writer } from './plugin';
import { textReaders, textWriters } from './text';

export const PLUGGED_READERS: Reader[] = [...dbReaders, ...jsonReaders, ...textReaders];
export const PLUGGED_WRITERS: Writer[] = [...jsonWriters, ...textWriters];
