/**
 * English abbreviations that end with a period but do not end a sentence.
 * Lower case, without the final period; multi-part abbreviations keep their
 * inner periods ("u.s", "e.g") for tokenisers that keep them together.
 */
import { words } from '../shared/data.js';

export const abbreviations: ReadonlySet<string> = new Set(words(`
  mr mrs ms messrs dr prof st jr sr gen gens sen sens rep reps gov govs lt col capt cmdr adm sgt maj cpl
  pvt brig pres supt insp det rev fr hon amb sec atty del
  u.s u.k u.n e.u u.s.a d.c e.g i.e a.m p.m
  inc corp co ltd llc plc bros dept univ assn assoc govt admin
  vs etc al approx est no nos vol vols fig figs eds pp ch
  jan feb febr mar apr jun jul aug sep sept oct nov dec
  mon tue tues thu thur thurs fri
  ave blvd rd mt ft pt ste
  ala ariz ark calif colo conn fla ga kan kans ky md mich minn mont neb nev okla tenn tex vt va wis wyo
  n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va
  a b c d e f g h i j k l m n o p q r s t u v w x y z
`));
