/** The Rekognition actions each billed as one image per call. */
const BILLED = ['rekognition:DetectLabels', 'rekognition:DetectModerationLabels'];

/** `Rekognition calls: 12 DetectLabels, 12 DetectModerationLabels (each billed as an image)`. */
export function describeCalls(succeeded: Readonly<Record<string, number>>): string {
  const parts = BILLED.map((action) => `${succeeded[action] ?? 0} ${action.split(':')[1]}`);
  return `Rekognition calls: ${parts.join(', ')} (each billed as one image)`;
}
