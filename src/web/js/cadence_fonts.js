// Fetches the fonts that are not embedded in cadence.wasm (fonts/*.otf beside the page, same
// origin, so the service worker's runtime cache keeps them for offline use) and hands their bytes
// to C++ (font_loader.cpp). A failed fetch is tried again when the browser comes back online.
mergeInto(LibraryManager.library, {
  $CadenceFonts: {
    failed: {}, // file id -> url, waiting for the network

    fetchFont: function (id, url) {
      var started = performance.now();
      fetch(url, { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.arrayBuffer();
        })
        .then(function (buffer) {
          delete CadenceFonts.failed[id];
          var bytes = new Uint8Array(buffer);
          var pointer = _malloc(bytes.length);
          HEAPU8.set(bytes, pointer);
          // C++ takes the buffer (and frees it).
          _cadence_on_font_fetched(id, pointer, bytes.length, performance.now() - started);
        })
        .catch(function (error) {
          console.warn('Cadence could not load ' + url + ' (' + error.message + '); some characters show as "?" until it can.');
          CadenceFonts.failed[id] = url;
          _cadence_on_font_failed(id);
        });
    },
  },

  cadence_fonts_fetch__deps: ['$CadenceFonts'],
  cadence_fonts_fetch: function (id, url) {
    if (!CadenceFonts.watching) {
      CadenceFonts.watching = true;
      window.addEventListener('online', function () {
        Object.keys(CadenceFonts.failed).forEach(function (key) {
          CadenceFonts.fetchFont(Number(key), CadenceFonts.failed[key]);
        });
      });
    }
    CadenceFonts.fetchFont(id, UTF8ToString(url));
  },
});
