/**
 * German abbreviations that end with a period but do not end a sentence.
 * Lower case, without the final period; multi-part abbreviations keep their
 * inner periods ("z.b", "d.h") for tokenisers that keep them together.
 */
import { words } from '../shared/data.js';

export const abbreviations: ReadonlySet<string> = new Set(words(`
  z b d h u a o ä v s i m n f ff
  z.b d.h u.a o.ä v.a s.o s.u u.u i.d.r z.t u.ä m.e d.j v.chr n.chr z.zt u.v.m
  bzw bzgl bspw ca etc usw vgl evtl ggf inkl exkl zzt zz ebd sog sogen tsd mio mrd
  dr prof dipl ing mag med jur phil rer nat habil mr mrs
  nr abs art bd bde hrsg hg aufl jh jhd jhdt kap zit anm
  st str pl
  jan feb febr mär apr jun jul aug sep sept okt nov dez
  mo di mi do fr sa
  geb gest verh gegr gen gebr
  röm kath ev evang dt engl franz frz lat griech ital span russ amerik
  abg stellv vors präs gf
  hl adm gen oberstlt lt kpt
  rd mind max min tel fax ehem allg insb bes urspr
  vs vers verf anh einschl zusätzl
  insg zzgl abb tab ziff rn jg az
`));
