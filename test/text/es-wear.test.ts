/**
 * Clothing, marks, hair and race in Spanish (reader review 19t T16: "viste (en inglés: white t-shirt, black
 * shorts)", "(en inglés: blonde, shoulder length)" with no "cabello", "(en inglés: Filipino)").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/index.js';
import { clothingEs, marksEs } from '../../src/text/es-wear.js';
import { hairEs, raceEs } from '../../src/text/es-values.js';
import { fcParams } from '../support/arbitraries.js';
import { BASE } from './helpers.js';

describe('clothingEs', () => {
  it('translates garments with colours agreeing in gender and number, tails in their place', () => {
    expect(clothingEs('black hoodie, blue jeans')).toBe('sudadera negra con capucha y jeans azules');
    expect(clothingEs('white t-shirt, black shorts')).toBe('camiseta blanca y pantalones cortos negros');
    expect(clothingEs('black hoodie and blue jeans')).toBe('sudadera negra con capucha y jeans azules');
    expect(clothingEs('black and white Nike shoes')).toBe('zapatos Nike negros y blancos');
    expect(clothingEs('dark blue leather jacket')).toBe('chaqueta de cuero azul oscuro');
    expect(clothingEs('red baseball cap')).toBe('gorra de béisbol roja');
    expect(clothingEs('gray sweatpants')).toBe('pantalones deportivos grises');
    expect(clothingEs('a red plaid flannel shirt')).toBe('camisa de franela roja a cuadros');
    expect(clothingEs('long-sleeve white shirt')).toBe('camisa blanca de manga larga');
    expect(clothingEs('navy blue polo shirt')).toBe('camisa polo azul marino');
    expect(clothingEs('khaki shorts')).toBe('pantalones cortos caqui');
    expect(clothingEs('police uniform')).toBe('uniforme de policía');
    expect(clothingEs('Black Hoodie, Blue Jeans, White Sneakers')).toBe('sudadera negra con capucha, jeans azules y tenis blancos');
  });

  it('translates all or nothing: one unknown word leaves the whole value to the caller', () => {
    for (const c of ['red Raiders jersey with gold trim', 'possibly wearing a black jacket', 'orange jail jumpsuit', 'blue jeans with holes', 'black hoodie, [name withheld] shirt', '']) {
      expect(clothingEs(c), c).toBeUndefined();
    }
  });

  it('never leaves an English garment or colour word in what it returns (generated outfits)', () => {
    const colour = fc.constantFrom('black', 'white', 'red', 'blue', 'gray', 'dark blue', 'light gray', 'black and white', 'red/black', 'navy', 'green', 'brown', 'tan');
    const garment = fc.constantFrom('hoodie', 't-shirt', 'jeans', 'shorts', 'jacket', 'leather jacket', 'baseball cap', 'sneakers', 'boots', 'sweatpants', 'tank top', 'ski mask', 'gloves', 'sunglasses', 'beanie', 'vest');
    const item = fc.tuple(fc.option(colour, { nil: undefined }), garment).map(([c, g]) => (c === undefined ? g : `${c} ${g}`));
    const ENGLISH = /\b(?:black|white|red|blue|gray|dark|light|navy|green|brown|tan|hoodie|shirt|jeans?|shorts|jacket|leather|baseball|cap|sneakers|boots|sweatpants|tank|top|ski|mask|gloves|sunglasses|beanie|vest|and)\b/;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), (items) => {
        const es = clothingEs(items.join(', '));
        expect(es).toBeDefined();
        // "jeans" is the Spanish word too
        expect((es ?? '').replace(/\bjeans\b/g, '')).not.toMatch(ENGLISH);
      }),
      fcParams,
    );
  });
});

describe('marksEs', () => {
  it('places the mark on the body with article, side and gender', () => {
    expect(marksEs('tattoo on neck')).toBe('tatuaje en el cuello');
    expect(marksEs('teardrop tattoo under left eye')).toBe('tatuaje de lágrima debajo del ojo izquierdo');
    expect(marksEs('scar above right eyebrow')).toBe('cicatriz sobre la ceja derecha');
    expect(marksEs('tattoos on both arms')).toBe('tatuajes en ambos brazos');
    expect(marksEs('neck tattoo')).toBe('tatuaje en el cuello');
    expect(marksEs('left arm tattoo')).toBe('tatuaje en el brazo izquierdo');
    expect(marksEs('scar on face, gold teeth')).toBe('cicatriz en la cara y dientes de oro');
    expect(marksEs('tattoo on right hand')).toBe('tatuaje en la mano derecha');
    expect(marksEs('beard and mustache')).toBe('barba y bigote');
  });

  it('leaves what it cannot read whole', () => {
    for (const m of ['tattoo of a rose on left hand', 'tattoo on left hand of a rose', 'scar on both face', 'tattoo on']) expect(marksEs(m), m).toBeUndefined();
  });
});

describe('hair and race', () => {
  it('reads lengths, dye and wigs', () => {
    expect(hairEs('blonde, shoulder length', 'f')).toBe('cabello rubio hasta los hombros');
    expect(hairEs('red dyed')).toBe('cabello rojo teñido');
    expect(hairEs('red')).toBe('cabello pelirrojo');
    expect(hairEs('pink wig', 'f')).toBe('peluca rosada');
    expect(hairEs('black, shaved on the sides')).toBe('cabello negro rapado a los lados');
  });

  it('knows the nationalities agencies write in the race field, agreeing with the sex', () => {
    expect(raceEs('Filipino', 'm')).toBe('filipino');
    expect(raceEs('Puerto Rican', 'f')).toBe('puertorriqueña');
    expect(raceEs('Somali', 'f')).toBe('somalí');
  });
});

describe('in the alert', () => {
  const build = (description: Record<string, string>) => {
    const [s0] = BASE.suspects ?? [];
    const request = { ...BASE, languages: ['en-US', 'es-US'], suspects: [{ ...s0, description: { ...s0?.description, ...description } }] };
    return buildBlueAlert(request as never, { now: '2026-11-22T21:30:00Z', override: { reason: 'test' } }).text;
  };

  it('the Spanish description and EAS say what the suspect wears, in Spanish, with nothing marked English', () => {
    const t = build({ clothing: 'white t-shirt, black shorts', marks: 'teardrop tattoo under left eye', hair: 'black, shoulder length' });
    for (const text of [t.es?.description ?? '', t.es?.eas ?? '']) {
      expect(text).toContain('viste camiseta blanca y pantalones cortos negros');
      expect(text).toContain('tatuaje de lágrima debajo del ojo izquierdo');
      expect(text).toContain('cabello negro hasta los hombros');
      expect(text).not.toContain('en inglés: white');
    }
  });

  it('hair the tables do not know keeps its label', () => {
    const t = build({ hair: 'black with blond tips' });
    expect(t.es?.description).toContain('cabello (en inglés: black with blond tips)');
  });
});
