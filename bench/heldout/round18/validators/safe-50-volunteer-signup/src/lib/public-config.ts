export const publicConfig = {
  analyticsId: "G-Y7L6J9RJV9",
  mapboxToken: "pk.eyJ1IjoiUPAapMRWakG8BOQtjSRg.vkqBBAIL75NNnfv88ED3cV",
};
