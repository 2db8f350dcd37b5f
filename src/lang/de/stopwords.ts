/** German function words: articles, pronouns, prepositions, conjunctions, auxiliaries, particles. */
import { words } from '../shared/data.js';

export const stopwords: ReadonlySet<string> = new Set(words(`
  der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
  ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen
  mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen
  sein seine seiner seines seinem seinen ihre ihrer ihres ihrem ihren
  unser unsere unserer unseres unserem unseren euer eure eurer eures eurem euren
  dieser diese dieses diesem diesen jener jene jenes jenem jenen
  jeder jede jedes jedem jeden welcher welche welches welchem welchen
  derselbe dieselbe dasselbe denselben demselben derjenige diejenige dasjenige diejenigen
  man jemand niemand etwas nichts alle allem allen aller alles beide beiden
  manche manchen mancher einige einigen einiger mehrere mehreren viele vielen vieler wenige wenigen
  andere anderen anderer anderes anderem solche solchen solcher solches
  wer wessen wem wen was welch wo woher wohin wie warum weshalb weswegen wann wobei wodurch womit
  wovon wozu worauf woran worin worüber
  dessen deren denen
  an am ans auf aus bei beim bis durch für gegen hinter in im ins mit nach neben ohne seit
  über um unter vor vom von zu zum zur zwischen während wegen trotz statt anstatt innerhalb
  außerhalb oberhalb unterhalb entlang gegenüber samt binnen per pro via ab
  und oder aber denn sondern doch jedoch sowie sowohl weder noch als wie ob dass daß weil da
  wenn falls obwohl obgleich damit sodass indem nachdem bevor ehe seitdem sobald solange
  bis während zumal
  ist sind war waren bin bist seid sei seien wäre wären gewesen sein
  hat haben habe hast habt hatte hatten hätte hätten gehabt
  wird werden wurde wurden würde würden geworden worden werde
  kann können konnte konnten könnte könnten
  muss müssen musste mussten müsste müssten
  soll sollen sollte sollten darf dürfen durfte durften dürfte dürften
  will wollen wollte wollten mag mögen mochte möchte möchten
  nicht auch noch schon nur sehr so dann da dort hier nun jetzt immer nie wieder mal
  ja nein eben halt etwa eher ganz gar fast kaum mehr meist meistens oft selbst selber sogar
  zwar also bereits erst dabei dafür dagegen daher dahin daran darauf daraus darin darüber
  darum darunter davon davor dazu dadurch danach daneben deshalb deswegen dennoch trotzdem
  hierzu hierbei hiermit hierfür sonst zudem außerdem ebenfalls ebenso jedenfalls überhaupt
  allerdings inzwischen mittlerweile zunächst zuvor zuletzt bisher weiterhin
  einmal zweimal irgendwie irgendwo irgendwann ebenfalls zurück
`));
