"""期末清查 in the 资产 tab: the counting page (counting.py) and the dialog that starts a stocktake (start.py)."""

from logistics_desktop.stocktake.view.counting import StocktakePage
from logistics_desktop.stocktake.view.start import StartDialog

__all__ = ["StartDialog", "StocktakePage"]
