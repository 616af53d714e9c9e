/**
 * Rekognition's content moderation taxonomy, model 7 (three levels), as [name, parent] with
 * the parent "" at the top level. From the Developer Guide's "Using the image and video
 * moderation APIs" (https://docs.aws.amazon.com/rekognition/latest/dg/moderation-api.html).
 * Policy files are checked against it, and a label is matched through its ancestors here.
 */
const TAXONOMY_7: readonly (readonly [string, string])[] = [
  ['Explicit', ''],
  ['Non-Explicit Nudity of Intimate parts and Kissing', ''],
  ['Swimwear or Underwear', ''],
  ['Violence', ''],
  ['Visually Disturbing', ''],
  ['Drugs & Tobacco', ''],
  ['Alcohol', ''],
  ['Rude Gestures', ''],
  ['Gambling', ''],
  ['Hate Symbols', ''],
  ['Explicit Nudity', 'Explicit'],
  ['Explicit Sexual Activity', 'Explicit'],
  ['Sex Toys', 'Explicit'],
  ['Non-Explicit Nudity', 'Non-Explicit Nudity of Intimate parts and Kissing'],
  ['Obstructed Intimate Parts', 'Non-Explicit Nudity of Intimate parts and Kissing'],
  ['Kissing on the Lips', 'Non-Explicit Nudity of Intimate parts and Kissing'],
  ['Female Swimwear or Underwear', 'Swimwear or Underwear'],
  ['Male Swimwear or Underwear', 'Swimwear or Underwear'],
  ['Weapons', 'Violence'],
  ['Graphic Violence', 'Violence'],
  ['Death and Emaciation', 'Visually Disturbing'],
  ['Crashes', 'Visually Disturbing'],
  ['Products', 'Drugs & Tobacco'],
  ['Drugs & Tobacco Paraphernalia & Use', 'Drugs & Tobacco'],
  ['Alcohol Use', 'Alcohol'],
  ['Alcoholic Beverages', 'Alcohol'],
  ['Middle Finger', 'Rude Gestures'],
  ['Nazi Party', 'Hate Symbols'],
  ['White Supremacy', 'Hate Symbols'],
  ['Extremist', 'Hate Symbols'],
  ['Exposed Male Genitalia', 'Explicit Nudity'],
  ['Exposed Female Genitalia', 'Explicit Nudity'],
  ['Exposed Buttocks or Anus', 'Explicit Nudity'],
  ['Exposed Female Nipple', 'Explicit Nudity'],
  ['Bare Back', 'Non-Explicit Nudity'],
  ['Exposed Male Nipple', 'Non-Explicit Nudity'],
  ['Partially Exposed Buttocks', 'Non-Explicit Nudity'],
  ['Partially Exposed Female Breast', 'Non-Explicit Nudity'],
  ['Implied Nudity', 'Non-Explicit Nudity'],
  ['Obstructed Female Nipple', 'Obstructed Intimate Parts'],
  ['Obstructed Male Genitalia', 'Obstructed Intimate Parts'],
  ['Weapon Violence', 'Graphic Violence'],
  ['Physical Violence', 'Graphic Violence'],
  ['Self-Harm', 'Graphic Violence'],
  ['Blood & Gore', 'Graphic Violence'],
  ['Explosions and Blasts', 'Graphic Violence'],
  ['Emaciated Bodies', 'Death and Emaciation'],
  ['Corpses', 'Death and Emaciation'],
  ['Air Crash', 'Crashes'],
  ['Pills', 'Products'],
  ['Smoking', 'Drugs & Tobacco Paraphernalia & Use'],
  ['Drinking', 'Alcohol Use'],
];

/**
 * Model 6 top-level names model 7 no longer has, and what it calls them, for a helpful error.
 * (Model 6's "Explicit Nudity" became "Explicit"; the name lives on at the second level.)
 */
export const RENAMED_IN_7: Readonly<Record<string, readonly string[]>> = {
  Suggestive: ['Non-Explicit Nudity of Intimate parts and Kissing', 'Swimwear or Underwear'],
  Drugs: ['Drugs & Tobacco'],
  Tobacco: ['Drugs & Tobacco'],
};

const PARENT = new Map<string, string>(TAXONOMY_7.map(([name, parent]) => [name, parent]));

/** Every name of the taxonomy, depth first (each name followed by those under it). */
export const MODERATION_NAMES: readonly string[] = (function depthFirst(parent: string): string[] {
  return TAXONOMY_7.filter(([, p]) => p === parent).flatMap(([name]) => [
    name,
    ...depthFirst(name),
  ]);
})('');

export function isModerationName(name: string): boolean {
  return PARENT.has(name);
}

/** 1, 2 or 3; undefined for a name outside the taxonomy. */
export function taxonomyLevel(name: string): number | undefined {
  return PARENT.has(name) ? lineage(name).length : undefined;
}

/**
 * `name` and its ancestors, nearest first. `parentName` is what Rekognition said the parent
 * is; it is used when the taxonomy does not know the name (a newer model, an adapter).
 */
export function lineage(name: string, parentName = ''): string[] {
  const chain = [name];
  let parent = PARENT.get(name) ?? parentName;
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = PARENT.get(parent) ?? '';
  }
  return chain;
}
