// The printable itinerary (Features/Engagements/Itinerary/Print.cshtml): the Print button opens the browser's print dialog.
'use strict';

(() => {
  for (const button of document.querySelectorAll('[data-print]')) {
    button.addEventListener('click', () => window.print());
  }
})();
