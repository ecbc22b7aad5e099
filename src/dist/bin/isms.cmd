@echo off
rem Runs isms from the distribution's lib\isms.jar with Java (JAVA_HOME, else java on PATH).
rem ISMS_JAVA_OPTS replaces the default JVM options, e.g. set ISMS_JAVA_OPTS=-Xmx512m
rem The defaults are those of bin/isms: short runs start faster with the client compiler and the
rem serial collector, and a young generation of at most 48 MiB keeps the memory of a large
rem repository low (docs/PERFORMANCE.md).
setlocal
set "ISMS_JAR=%~dp0..\lib\isms.jar"
if not exist "%ISMS_JAR%" (
  echo isms: %ISMS_JAR% is missing; unpack the whole isms distribution 1>&2
  exit /b 2
)
set "ISMS_JAVA=java"
if defined JAVA_HOME set "ISMS_JAVA=%JAVA_HOME%\bin\java"
if not defined ISMS_JAVA_OPTS set "ISMS_JAVA_OPTS=-Xss4m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=48m"
"%ISMS_JAVA%" %ISMS_JAVA_OPTS% -jar "%ISMS_JAR%" %*
exit /b %ERRORLEVEL%
