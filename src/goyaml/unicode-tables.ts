// Go 1.19 unicode.IsLetter / unicode.IsDigit (Unicode 13.0.0), used by sorter.go keyList.Less.
// Generated with Go 1.19.8 by walking every code point; committed as data so the result does not depend
// on the JavaScript engine's Unicode version. Format: the ranges as numbers, alternately the gap from the
// end of the previous range (exclusive) to this range's start, and this range's length. Each number is
// written in base 26, most significant digit first: 'a'-'z' for the leading digits, '(' to 'A' (U+0028 to
// U+0041) for the last one, so no separators are needed (this gzips better than base-36 text with commas).

const LETTER_RANGES =
  'c5b(.b(b=)2),)-?)b-)r8,46-/)))eA-)**,)).))+)))<)d-)f10g2)b4*).b7c;b),,b;b9b1*)d=))7*/*2+*)8))b,b+d33)@b/1*,)->,)' +
  '1)+)?A/3c)=):c0c*+):)/278,0***>)/))+,+)8)5*)+6*2)0.,**>)/)*)*)*b-,));+81)+)>)/)*)-+):)7*?)30***>)/)*)-+)b,*)+7)9' +
  ')).++),+*)))*+*+++4>)c(0)+)?)8+)b(+-*b,),0)+)?)2)-+)b.))*7*91)+)b7*)8)-+0+@.-:+@)1))*/c.b>)*4/c.*)))-)@)))2)*1)*' +
  '-))=,b.)c30)b2b)-e3b9<)8.,,+)+*/+,54)9b4))-)*b9)m=),*/))),*b7),*b/),*/))),*7)c-),*c7b388d0*.+x>*9)b(-c?.0/5),6:6' +
  ':65)+7c(b1),)c7d3/-*b0))-c:2b-b?b,*-3b:,b(c*?1c)d,)d7b=9/c+b,5*2b:b(b2b7+2b2*1/b9*+b7,).)*+)-h2c4k:*.*b4*.*0))))' +
  ')))b-*c))/))++)/+,*.,5-+)/e4)5)85d?),)*2))+-.)))))),)3*,--,)c(*dz-b=)b=)f+.,+*4b4))-)*c,/)8?1/)/)/)/)/)/)/)/d*)s' +
  ')*b8--*,d0.+)d4),-b9)d89b.b>8t:jt6c4bfb/+bs=c7b<*k1+82*<b=8b-*c:b?1*dA*c)*1b85)+),)?b+c(6b@c2.+))*3b*2?Ab+/b=b*)' +
  '8-)22-)b7?+)0<?+)+b@))+**-*)))@+*3/+4.*.*.1/)/)b9)6.e3b+qn:4?,b?mn*o**e*b4/4--))2)5)-)))*)*)e,b/nA:c4*c*b64e4-)f' +
  '-b2b(.b(3d3+.*.*.*+b14)b();)*)7*6b0e;oAb++b?b=b.5<)0.b42b,*b2,0b>g*:b2,b2,b60c(g(lA1>20f>.*))b:)*+)*?2?1b-c5;)*2' +
  '>2b(c:c,.*c4)7,)+)b+b8b++b+b10)b*b)c*2>2;5:e.c=c+bA5bA5b2n2b8.*d(b+2)0>e*=b)?4c)c?b;b.Ab(b2b+)*)0b1+)4b>6,=)))b1' +
  ':)Ad./))),)7)2/b=b40***>)/)*)-+):)4-g*c):,<+b,b><*))h*b=b7,b2b><)c/b95)c;b)i=b:e4c4b-0*)*0)*)@7)))d80*b58)))b*)2' +
  'b6/)=)3b<;)b0c-k+1)b39)b?b,e0/)*)b4=)A.)*)b.6)m7;h/)d)bj4i>h6eb:bp-fz;w3mu)v?/b-e1b,:b>8,b-=-;ba4c4e@c?-)c65c4*)' +
  ')b*jc(0bv8b81ng/l)b?+9,0p.dk<e+-5+1/2iw2d/)c;)**)***,)4)))/)c5),*0)/)b*),)-))+/)n**A)A)b-)A)b-)A)b-)A)b-)A)0dm8b' +
  ';2/8)o-b:by(h7c/c8/)bu0,)b))*))*))2),)))).),))))))+)*))*))))))))))*))*,)/),),)))2)9-+)-)9go(clf(b0gd73i6*in86lb3' +
  'ep1u>cf@hhA';

const DIGIT_RANGES =
  'b>2ci62f,2h82p>2e62e62e62e62e62e62e62e62e62d:2e62c:2k:2c:2ct82b42l62e@2g22.2h(2d02f,2.2cae62ba*2b42h82>2d02p82bf' +
  'm*2cc22df@2bf.2e@2c02f62k:2n,2e62o22d@2d@2q.2d@2bd,2j42c:2bdb02i>2bpb>b@dn*2q.2ck22hb(2';

/** The range boundaries, ascending: starts at even indexes, (exclusive) ends at odd ones. */
function decodeRanges(encoded: string): number[] {
  const out: number[] = [];
  let n = 0;
  let at = 0; // the end of the previous range, then the start of this one
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    n = n * 26 + (c < 0x61 ? c - 0x28 : c - 0x61);
    if (c < 0x61) {
      out.push((at += n));
      n = 0;
    }
  }
  return out;
}

/** Whether cp is in a range: an odd number of boundaries are at or below it. */
function inRanges(bounds: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

let letters: number[] | undefined;
let digits: number[] | undefined;

/** Go unicode.IsLetter */
export function isGoLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  letters ??= decodeRanges(LETTER_RANGES);
  return inRanges(letters, cp);
}

/** Go unicode.IsDigit */
export function isGoDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  digits ??= decodeRanges(DIGIT_RANGES);
  return inRanges(digits, cp);
}
