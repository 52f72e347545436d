"""tesserocr or pytesseract: seconds per page for the same pages, words with boxes (TSV).

tesserocr calls Tesseract's C API in this process, with the model loaded once; pytesseract
runs the ``tesseract`` program for each page (writing the image to a file). Both read the
pages of tests/data/seed-003.pdf rendered at 200 dpi in gray with the ``vie`` model.

Run: ``pip install tesserocr pytesseract && python benchmarks/ocr_binding.py``
(``OMP_THREAD_LIMIT=1`` in the environment stops the tesseract program's OpenMP threads).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

from vnplan.readers.ocr import tessdata_dir

PDF = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed-003.pdf"


def main() -> int:
    pdf = pdfium.PdfDocument(str(PDF))
    pages = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    try:
        import tesserocr

        t = time.perf_counter()
        with tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="vie") as api:
            load = time.perf_counter() - t
            for im in pages:
                api.SetImage(im)
                api.GetTSVText(0)
        s = (time.perf_counter() - t) / len(pages)
        print(
            f"tesserocr {tesserocr.tesseract_version().split()[1]}: {s:.2f} s/page "
            f"(model load {load:.2f} s, counted)"
        )
    except ImportError:
        print("tesserocr is not installed")
    try:
        import pytesseract

        t = time.perf_counter()
        for im in pages:
            pytesseract.image_to_data(im, lang="vie")
        s = (time.perf_counter() - t) / len(pages)
        print(f"pytesseract (tesseract {pytesseract.get_tesseract_version()}): {s:.2f} s/page")
    except ImportError:
        print("pytesseract is not installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
