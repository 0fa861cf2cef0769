import { AmbientLight, DirectionalLight, LightingEffect } from '@deck.gl/core';

/**
 * Light for extruded plots on a projector: a soft ambient light and a low sun from the south-west,
 * so walls facing away fall into shade and blocks read as volumes (flat layers have no material and
 * are not lit).
 */
export const PROJECTOR_LIGHTING = new LightingEffect({
  ambient: new AmbientLight({ color: [255, 255, 255], intensity: 1.0 }),
  sun: new DirectionalLight({ color: [255, 250, 240], intensity: 1.6, direction: [1, 2, -1.5] }),
});
