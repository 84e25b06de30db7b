; Inno Setup script: builds DevoraSetup-<version>.exe from the one-folder bundle.
;   iscc /DAppVersion=0.1.0 packaging\windows\devora.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
[Setup]
AppId={{6B8F1C2E-7A4D-4E55-9C1B-DE70A0DE0A11}
AppName=Devora
AppVersion={#AppVersion}
AppPublisher=Devora
DefaultDirName={autopf}\Devora
DefaultGroupName=Devora
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=DevoraSetup-{#AppVersion}
SetupIconFile=..\icons\devora.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\dist\devora\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Devora"; Filename: "{app}\Devora.exe"
Name: "{autodesktop}\Devora"; Filename: "{app}\Devora.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\Devora.exe"; Description: "Start Devora"; Flags: nowait postinstall skipifsilent
