import { expose } from 'comlink';
import { createWorkerApi } from './workerApi.ts';

expose(createWorkerApi());
