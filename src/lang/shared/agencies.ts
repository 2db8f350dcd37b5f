/**
 * International news agencies and picture services as they appear in agency tags and
 * photo credits ("(AFP)", "Foto: Reuters", "Getty Images"), lower case, one word each.
 * The packs add their own market's agencies to these.
 */
import { words } from './data.js';

export const INTERNATIONAL_AGENCIES: readonly string[] = words(`
  afp ap reuters efe ansa xinhua tass ria anadolu aa kyodo yonhap bloomberg upi
  getty images imago epa keystone shutterstock alamy pa wenn sipa belga anp
`);
