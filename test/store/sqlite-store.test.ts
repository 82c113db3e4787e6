import { openStore } from '../../src/store/open-store.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('SQLite', () => openStore(':memory:'));
