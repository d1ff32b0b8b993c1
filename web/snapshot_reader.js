// Reads the stored data at page load for web/boot.js, off the main thread: while the page's
// own thread compiles the wasm, sets up WebGL and draws its first frame, a read there could not
// finish, as the browser hands over a read's values (and reads those stored as files of their
// own) only when that thread is free.
//
// At once, it reads the snapshot generation that the "current" pointer names (key names as in
// src/store/store_format.h): a generation's chunks never change once a pointer names it, so no
// lock is needed for them. Then, told whether its page holds the writer lock, it reads for the
// writer the pointer and the journal after it afresh, in a second read-only transaction started
// under the lock: only the writer writes, so what that one reads stays current. The role comes
// from the page's thread, which is busy with the start until its first frame: waiting for it
// before reading the snapshot held the whole read back by 200 ms. It posts the ranges back as
// [{first, last, keys, values}], the values' buffers moved, not copied. A reader's C++ reads the
// pointer itself, and any C++ takes a snapshot only when its range is the generation it asks for.
// Any failure posts no ranges: C++ then reads everything.
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

// Reads, in one read-only transaction, the pointer and then what `planReads(pointer, readRange,
// ranges)` asks for (`pointer` is the stored value, undefined when there is none); resolves with
// the ranges read, or null if the transaction aborts.
function readWithPointer(db, planReads) {
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
    pointer.onsuccess = function () { planReads(pointer.result, readRange, ranges); };
    transaction.oncomplete = function () { resolve(ranges); };
    transaction.onabort = function () { resolve(null); };
  });
}

function readSnapshot(db) {
  return readWithPointer(db, function (pointer, readRange) {
    var fields = pointer !== undefined ? pointerFields(pointer) : null;
    if (fields) {
      var prefix = 'snap/' + pad(fields.generation) + '/';
      readRange(prefix, prefix + '~');
    }
    warmTimeZoneData();
  });
}

function readPointerAndJournal(db) {
  return readWithPointer(db, function (pointer, readRange, ranges) {
    var found = pointer !== undefined;
    ranges.push({ first: 'meta/current', last: 'meta/current', keys: found ? ['meta/current'] : [],
                  values: found ? [pointer] : [] });
    var fields = found ? pointerFields(pointer) : null;
    if (fields) readRange('journal/' + pad(fields.journalFrom), 'journal/~');
  });
}

var role = new Promise(function (resolve) {
  self.onmessage = function (event) { resolve(Boolean(event.data && event.data.writer)); };
});

var snapshot = database.then(readSnapshot);

Promise.all([database, snapshot, role]).then(function (results) {
  var db = results[0], snapshotRanges = results[1], writer = results[2];
  if (!snapshotRanges) return [];
  var current = writer ? readPointerAndJournal(db) : Promise.resolve([]);
  return current.then(function (pointerAndJournal) {
    if (!pointerAndJournal) return [];
    // In the order C++ reads them: pointer, snapshot, journal.
    return pointerAndJournal.slice(0, 1).concat(snapshotRanges, pointerAndJournal.slice(1));
  });
}).catch(function () { return []; }).then(function (ranges) {
  database.then(function (db) { db.close(); }, function () {}); // an open connection would block another tab's upgrade
  var buffers = [];
  ranges.forEach(function (range) {
    range.values.forEach(function (value) { if (value instanceof ArrayBuffer) buffers.push(value); });
  });
  self.postMessage(ranges, buffers);
});
