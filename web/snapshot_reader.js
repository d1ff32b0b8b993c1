// Reads the stored data at page load for web/boot.js, off the main thread: while the page's
// own thread compiles the wasm, sets up WebGL and draws its first frame, a read there could not
// finish, as the browser hands over a read's values (and reads those stored as files of their
// own) only when that thread is free.
//
// Told whether its page holds the writer lock, it reads in one read-only transaction the
// "current" pointer, the snapshot generation the pointer names and, for the writer, the journal
// after it (key names as in src/store/store_format.h), and posts them back as
// [{first, last, keys, values}], the values' buffers moved, not copied. Only the writer writes,
// so what it reads for the writer stays current; a reader's C++ reads the pointer afresh and takes
// only a snapshot whose range it names. Any failure posts no ranges: C++ then reads everything.
'use strict';

var pad = function (number) { return String(number).padStart(12, '0'); };

var pointerFields = function (body) {
  try { // "<16 hex digits of checksum> <JSON>"
    var fields = JSON.parse(new TextDecoder().decode(body).slice(17));
    var whole = function (n) { return Number.isInteger(n) && n >= 0; };
    return whole(fields.generation) && whole(fields.journalFrom) ? fields : null;
  } catch (error) {
    return null;
  }
};

var database = new Promise(function (resolve, reject) {
  var request = indexedDB.open('cadence', 1);
  request.onupgradeneeded = function () { request.result.createObjectStore('records'); };
  request.onsuccess = function () { resolve(request.result); };
  request.onerror = function () { reject(request.error); };
  request.onblocked = function () { reject(new DOMException('blocked', 'InvalidStateError')); };
});

// The page asks for the user's time zone during its start (cadence_browser_time_zone). The first
// Intl call in this browser process loads the time zone and locale data, 27-52 ms measured; made
// here, while the reads above are under way, it leaves the page's call under a millisecond.
function warmTimeZoneData() {
  try {
    Intl.DateTimeFormat().resolvedOptions();
  } catch (error) {
    // the page asks again and copes
  }
}

function read(db, writer) {
  return new Promise(function (resolve) {
    var transaction = db.transaction('records', 'readonly');
    var store = transaction.objectStore('records');
    var ranges = [];
    var readRange = function (first, last) {
      var keys = store.getAllKeys(IDBKeyRange.bound(first, last));
      var values = store.getAll(IDBKeyRange.bound(first, last));
      values.onsuccess = function () {
        ranges.push({ first: first, last: last, keys: keys.result, values: values.result });
      };
    };
    var pointer = store.get('meta/current');
    pointer.onsuccess = function () {
      var found = pointer.result !== undefined;
      if (writer) {
        ranges.push({ first: 'meta/current', last: 'meta/current', keys: found ? ['meta/current'] : [],
                      values: found ? [pointer.result] : [] });
      }
      var fields = found ? pointerFields(pointer.result) : null;
      if (fields) {
        var prefix = 'snap/' + pad(fields.generation) + '/';
        readRange(prefix, prefix + '~');
        if (writer) readRange('journal/' + pad(fields.journalFrom), 'journal/~');
      }
      warmTimeZoneData();
    };
    transaction.oncomplete = function () { resolve(ranges); };
    transaction.onabort = function () { resolve([]); };
  });
}

self.onmessage = function (event) {
  var writer = Boolean(event.data && event.data.writer);
  database.then(function (db) {
    return read(db, writer).then(function (ranges) {
      db.close(); // a connection left open would block another tab's upgrade
      return ranges;
    });
  }).catch(function () { return []; }).then(function (ranges) {
    var buffers = [];
    ranges.forEach(function (range) {
      range.values.forEach(function (value) { if (value instanceof ArrayBuffer) buffers.push(value); });
    });
    self.postMessage(ranges, buffers);
  });
};
