; Inno Setup script for the PyInstaller one-folder bundle (dist\logistics-desktop).
; Build on Windows after PyInstaller:  iscc packaging\windows-installer.iss
[Setup]
AppName=校园后勤台账
AppVersion=0.1.0
DefaultDirName={autopf}\LogisticsDesktop
DefaultGroupName=校园后勤台账
OutputBaseFilename=logistics-desktop-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\dist\logistics-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\校园后勤台账"; Filename: "{app}\logistics-desktop.exe"
Name: "{autodesktop}\校园后勤台账"; Filename: "{app}\logistics-desktop.exe"
