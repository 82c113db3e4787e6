import { after } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { dropSchemas, freshSchema, needPostgres, schemaUrl } from '../helpers/postgres.ts';
import { runStoreContract } from './store-contract.ts';

const schema = freshSchema('zegsman_contract');
runStoreContract('PostgreSQL', () => openStore(schemaUrl(schema)), needPostgres);
after(() => dropSchemas(schema));
