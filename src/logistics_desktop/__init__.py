"""校园后勤台账：一所学校后勤（总务处）的台账桌面程序。

Qt 外壳在 shell/，各模块按业务纵向分包，core/ printing/ spreadsheet/ widgets/ 为共享部分。
"""

__version__ = "0.1.0"
APP_NAME = "logistics-desktop"
